import nlp from 'compromise';
const pats = ['(can|could|may) only be #Adverb? (done|handled) (by|through) (the|your)', 'can only be done by the', 'only be done by', '#Copula #Adverb? (handled|dealt with) (by|through|via) (your|their|the) #Possessive? (manufacturer|courier)', 'dealt with by the manufacturer', 'is handled by #ProperNoun'];
for (const t of ['Address changes can only be done by the store.', 'Warranty claims are dealt with by the manufacturer.', 'Tracking is handled by Royal Mail.']) {
  const d = nlp(t);
  console.log(t, pats.map((p) => d.match(p).text()));
}
