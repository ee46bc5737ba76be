using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Tests.Services;

public sealed class VersionWorkflowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static LocalizedText Text(string fi) => new(new Dictionary<string, string> { ["fi"] = fi });

    [Fact]
    public void EnsureDraft_ShouldCopyTheLiveText_AndNumberTheNewVersion()
    {
        var versions = new List<LessonVersion> { new() { LessonId = "l", Number = 1, Title = Text("Otsikko"), Body = Text("Teksti"), IsPublished = true, PublishedAt = Monday } };

        var draft = VersionWorkflow.EnsureDraft(versions, source => LessonVersion.CopyOf("l", source), new ContentAuthor("u-aino", "Aino"), Monday.AddDays(1));

        Assert.Equal(2, draft.Number);
        Assert.Equal("Teksti", draft.Body["fi"]);
        Assert.True(draft.IsDraft);
        Assert.Same(draft, VersionWorkflow.EnsureDraft(versions, source => LessonVersion.CopyOf("l", source), new ContentAuthor("u-aino", "Aino"), Monday));
    }

    [Fact]
    public void Publish_ShouldMakeTheDraftLive_AndKeepThePreviousAsHistory()
    {
        var versions = new List<CourseVersion> { new() { CourseId = "c", Number = 1, IsPublished = true, PublishedAt = Monday } };
        VersionWorkflow.EnsureDraft(versions, source => CourseVersion.CopyOf("c", source), new ContentAuthor("u-aino", "Aino"), Monday);

        var published = VersionWorkflow.Publish(versions, new ContentAuthor("u-bo", "Bo"), Monday.AddHours(1));

        Assert.True(published);
        Assert.Equal(2, VersionWorkflow.Published(versions)!.Number);
        Assert.Equal("Bo", VersionWorkflow.Published(versions)!.PublishedBy);
        Assert.Equal("u-bo", VersionWorkflow.Published(versions)!.PublishedById);
        Assert.False(versions[0].IsPublished);
        Assert.NotNull(versions[0].PublishedAt);
        Assert.Null(VersionWorkflow.Draft(versions));
        Assert.False(VersionWorkflow.Publish(versions, new ContentAuthor("u-bo", "Bo"), Monday));
    }

    [Fact]
    public void TrackTextChanges_ShouldStampOnlyTheLanguagesThatChanged()
    {
        var times = new LocalizedTimes { ["fi"] = Monday, ["sv"] = Monday };
        var before = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Asuminen", ["sv"] = "Boende" });
        var after = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Asuminen Espoossa", ["sv"] = "Boende", ["en"] = "Housing" });

        VersionWorkflow.TrackTextChanges(times, Monday.AddDays(2), (before, after));

        Assert.Equal(Monday.AddDays(2), times["fi"]);
        Assert.Equal(Monday, times["sv"]);
        Assert.Equal(Monday.AddDays(2), times["en"]);
    }

    [Fact]
    public void TranslationStates_ShouldShowMissingAndOlderThanFinnish()
    {
        var version = new LessonVersion { LessonId = "l", Body = new LocalizedText(new Dictionary<string, string> { ["fi"] = "a", ["sv"] = "b" }) };
        version.TextUpdatedAt["fi"] = Monday.AddDays(1);
        version.TextUpdatedAt["sv"] = Monday;

        var states = TranslationStates.Of(version, version.Body);

        Assert.Equal(TranslationState.Current, states["fi"]);
        Assert.Equal(TranslationState.OlderThanFinnish, states["sv"]);
        Assert.Equal(TranslationState.Missing, states["en"]);
    }

    [Fact]
    public void TranslationGaps_ShouldNameTheMissingAndOlderTranslations_WithTheirTimes()
    {
        var version = new LessonVersion { LessonId = "l", Body = new LocalizedText(new Dictionary<string, string> { ["fi"] = "a", ["sv"] = "b" }) };
        version.TextUpdatedAt["fi"] = Monday.AddDays(1);
        version.TextUpdatedAt["sv"] = Monday;

        var gaps = TranslationGaps.Of(version);

        Assert.Equal(["en"], gaps.Missing);
        Assert.Equal([new OlderTranslation("sv", Monday)], gaps.Older);
        Assert.Equal(Monday.AddDays(1), gaps.FinnishChangedAt);
        Assert.Equal(2, gaps.Count);
    }

    [Fact]
    public void TranslationGaps_ShouldBeEmpty_WhenEveryTranslationIsPresentAndNoOlderThanFinnish()
    {
        var version = new LessonVersion { LessonId = "l", Body = new LocalizedText(new Dictionary<string, string> { ["fi"] = "a", ["sv"] = "b", ["en"] = "c" }) };
        version.TextUpdatedAt["fi"] = Monday;
        version.TextUpdatedAt["sv"] = Monday;
        version.TextUpdatedAt["en"] = Monday.AddDays(1);

        Assert.True(TranslationGaps.Of(version).IsEmpty);
    }
}
