/**
 * The published sources relcap's methods rest on: one list, printed in the report's methods
 * section and in docs/references.md (a test keeps the two equal). Plain text, APA style.
 * @example
 * ```ts
 * REFERENCES.find((r) => r.key === 'bliese2000')?.text;
 * ```
 */
export const REFERENCES: readonly { readonly key: string; readonly text: string }[] = [
  {
    key: 'bliese2000',
    text: 'Bliese, P. D. (2000). Within-group agreement, non-independence, and reliability: Implications for data aggregation and analysis. In K. J. Klein & S. W. J. Kozlowski (Eds.), Multilevel theory, research, and methods in organizations (pp. 349-381). Jossey-Bass.',
  },
  { key: 'cronbach1951', text: 'Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika, 16(3), 297-334.' },
  {
    key: 'gittell2000',
    text: 'Gittell, J. H. (2000). Organizing work to support relational co-ordination. International Journal of Human Resource Management, 11(3), 517-539.',
  },
  {
    key: 'gittell2002',
    text: 'Gittell, J. H. (2002). Coordinating mechanisms in care provider groups: Relational coordination as a mediator and input uncertainty as a moderator of performance effects. Management Science, 48(11), 1408-1426.',
  },
  {
    key: 'gittell2009',
    text: 'Gittell, J. H. (2009). High performance healthcare: Using the power of relationships to achieve quality, efficiency and resilience. McGraw-Hill.',
  },
  {
    key: 'gittell2010',
    text: 'Gittell, J. H., Seidner, R., & Wimbush, J. (2010). A relational model of how high-performance work systems work. Organization Science, 21(2), 490-506.',
  },
  {
    key: 'gittell2011',
    text: 'Gittell, J. H. (2011). New directions for relational coordination theory. In K. S. Cameron & G. M. Spreitzer (Eds.), The Oxford handbook of positive organizational scholarship (pp. 400-411). Oxford University Press.',
  },
  { key: 'hartman1978', text: 'Hartman, A. (1978). Diagrammatic assessment of family relationships. Social Casework, 59(8), 465-476.' },
  {
    key: 'hornstrup',
    text: 'Hornstrup, C., & Joint Action Analytics. Relational capacity ("relationel kapacitet"): the ability and will to create coherence around the tasks when the need arises, as presented in Undervisningsministeriet (2019).',
  },
  {
    key: 'james1984',
    text: 'James, L. R., Demaree, R. G., & Wolf, G. (1984). Estimating within-group interrater reliability with and without response bias. Journal of Applied Psychology, 69(1), 85-98.',
  },
  {
    key: 'lebreton2008',
    text: 'LeBreton, J. M., & Senter, J. L. (2008). Answers to 20 questions about interrater reliability and interrater agreement. Organizational Research Methods, 11(4), 815-852.',
  },
  { key: 'nunnally1978', text: 'Nunnally, J. C. (1978). Psychometric theory (2nd ed.). McGraw-Hill.' },
  {
    key: 'satterthwaite1946',
    text: 'Satterthwaite, F. E. (1946). An approximate distribution of estimates of variance components. Biometrics Bulletin, 2(6), 110-114.',
  },
  {
    key: 'sif',
    text: 'Statens Institut for Folkesundhed. Det gode samarbejde om børn og unge i mistrivsel. Report for Sundheds- og Ældreministeriet.',
  },
  { key: 'student1908', text: 'Student (1908). The probable error of a mean. Biometrika, 6(1), 1-25.' },
  {
    key: 'uvm2019',
    text: 'Undervisningsministeriet, Styrelsen for Undervisning og Kvalitet (2019). Inspirationsmateriale om tværprofessionelt samarbejde (developed by Implement Consulting Group).',
  },
  {
    key: 'villumsen',
    text: 'Villumsen, A. M., & Kristensen, O. S. Hvorfor er det så svært? Sporarbejde i den tidlige tværfaglige indsats.',
  },
  {
    key: 'welch1947',
    text: 'Welch, B. L. (1947). The generalization of "Student\'s" problem when several different population variances are involved. Biometrika, 34(1-2), 28-35.',
  },
];
