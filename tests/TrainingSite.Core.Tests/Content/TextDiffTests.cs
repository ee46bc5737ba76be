using TrainingSite.Abstractions.Content;
using TrainingSite.Core.Content;

namespace TrainingSite.Core.Tests.Content;

public sealed class TextDiffTests
{
    [Fact]
    public void Lines_ShouldMarkAddedRemovedAndUnchangedLines()
    {
        var diff = TextDiff.Lines("otsikko\nvanha rivi\nloppu", "otsikko\nuusi rivi\nloppu\nlisäys");

        Assert.Equal(
            [(DiffKind.Same, "otsikko"), (DiffKind.Removed, "vanha rivi"), (DiffKind.Added, "uusi rivi"), (DiffKind.Same, "loppu"), (DiffKind.Added, "lisäys")],
            diff.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Lines_ShouldHandleMissingText()
    {
        Assert.Equal([DiffKind.Added], TextDiff.Lines(null, "uusi").Select(l => l.Kind));
        Assert.Equal([DiffKind.Removed], TextDiff.Lines("vanha", null).Select(l => l.Kind));
        Assert.Empty(TextDiff.Lines(null, null));
    }
}
