/** The clean article text, one paragraph per stored paragraph. */
export function ArticleBody({ paragraphs }: { paragraphs: string[] }) {
  return (
    <div className="space-y-4 font-serif text-[1.0625rem] leading-relaxed">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
