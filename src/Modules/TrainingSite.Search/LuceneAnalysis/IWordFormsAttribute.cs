using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Util;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The forms of the current word (<see cref="WordForms"/>) and whether it is a stopword, set by
/// <see cref="SearchWordTokenizer"/> from its per-text memo, so the filters after it need no lookup per token.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "Lucene finds an attribute's implementation by this naming convention.")]
public interface IWordFormsAttribute : IAttribute
{
    WordForms? Forms { get; set; }

    bool IsStopword { get; set; }
}
