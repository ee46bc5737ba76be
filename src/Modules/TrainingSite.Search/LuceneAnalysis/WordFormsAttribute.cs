using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Util;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>The implementation Lucene finds by name for <see cref="IWordFormsAttribute"/>.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "Lucene finds an attribute's implementation by this naming convention.")]
public sealed class WordFormsAttribute : Lucene.Net.Util.Attribute, IWordFormsAttribute
{
    public WordForms? Forms { get; set; }

    public bool IsStopword { get; set; }

    public override void Clear() => (Forms, IsStopword) = (null, false);

    public override void CopyTo(IAttribute target)
    {
        var other = (IWordFormsAttribute)target;
        (other.Forms, other.IsStopword) = (Forms, IsStopword);
    }
}
