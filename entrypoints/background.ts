export default defineBackground(() => {
  // Filled by later issues: settings broker, badge, commands.
});
