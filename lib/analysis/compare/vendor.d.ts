// wink-porter2-stemmer ships no types: one function, word in, stem out.
declare module "wink-porter2-stemmer" {
  const stem: (word: string) => string;
  export default stem;
}

// wink-lemmatizer ships no types: base forms of English words by part of speech.
declare module "wink-lemmatizer" {
  const lemmatizer: {
    lemmatizeVerb(word: string): string;
    lemmatizeNoun(word: string): string;
    lemmatizeAdjective(word: string): string;
  };
  export default lemmatizer;
}
