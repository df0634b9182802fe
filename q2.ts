import nlp from 'compromise';
const texts = process.argv.slice(2);
for (const t of texts) {
  const d = nlp(t);
  console.log(d.terms().json().map((x: any) => `${x.text}[${x.terms[0].tags.filter((g: string) => ['Copula','Modal','Adverb','Noun','ProperNoun','Possessive','Verb','PastTense','Participle','Auxiliary','Passive'].includes(g)).join(',')}]`).join(' '));
}
