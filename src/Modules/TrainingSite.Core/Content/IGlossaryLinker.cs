namespace TrainingSite.Core.Content;

/// <summary>
/// The site's glossary for rendering: lessons and articles pass its index to <see cref="SafeMarkdown"/> so the
/// first use of a term links to its entry. Implemented by the Glossary module; the index is compiled once per
/// change of the glossary and cached, and its <see cref="GlossaryIndex.Stamp"/> keys rendered-HTML caches.
/// </summary>
public interface IGlossaryLinker
{
    ValueTask<GlossaryIndex> GetIndexAsync(CancellationToken cancellationToken);
}
