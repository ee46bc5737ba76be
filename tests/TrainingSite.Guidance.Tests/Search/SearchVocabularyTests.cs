using TrainingSite.Data;
using TrainingSite.Guidance.Data;
using TrainingSite.Guidance.Search;
using TrainingSite.Search.Querying;
using TrainingSite.Tests.Shared;

namespace TrainingSite.Guidance.Tests.Search;

/// <summary>
/// The vocabulary that typo correction and completion draw from: counted per translation, public ones apart, so
/// a visitor is never offered a word that only network articles contain.
/// </summary>
public sealed class SearchVocabularyTests : IDisposable
{
    private readonly InMemoryDatabase _database = new(new GuidanceDataModel());
    private readonly TrainingDbContext _db;

    public SearchVocabularyTests() => _db = _database.NewContext();

    [Fact]
    public async Task Lookup_ShouldAnswerVisitorsFromThePublicCount_AndMembersFromAll()
    {
        await CountAsync(("kela", +1, true), ("kela", +1, false), ("salassa", +1, false));
        var needs = new VocabularyNeeds(["kela", "salassa", "tuntematon"], null);

        var visitor = await SearchVocabulary.LookupAsync(_db, needs, publicOnly: true, CancellationToken.None);
        var member = await SearchVocabulary.LookupAsync(_db, needs, publicOnly: false, CancellationToken.None);

        Assert.Equal(new Dictionary<string, VocabularyWord> { ["kela"] = new("Kela", 1) }, visitor.KnownWords);
        Assert.Equal(new Dictionary<string, VocabularyWord> { ["kela"] = new("Kela", 2), ["salassa"] = new("Salassa", 1) }, member.KnownWords);
    }

    [Fact]
    public async Task Count_ShouldForgetAWord_WhenItsLastTextGoes()
    {
        await CountAsync(("vuokra", +1, true), ("vuokra", +1, true), ("takuu", +1, true));

        await CountAsync(("vuokra", -1, true), ("takuu", -1, true));

        var answers = await SearchVocabulary.LookupAsync(_db, new VocabularyNeeds(["vuokra", "takuu"], null), publicOnly: true, CancellationToken.None);
        Assert.Equal(["vuokra"], answers.KnownWords.Keys);
        Assert.Equal(1, answers.KnownWords["vuokra"].Documents);
    }

    [Fact]
    public async Task Completions_ShouldBeTheCommonestWordsStartingWithThePrefix_WithoutThePrefixItself()
    {
        await CountAsync(
            ("asu", +1, true), ("asunto", +1, true), ("asumistuki", +1, true), ("asumistuki", +1, true),
            ("asumisoikeus", +1, true), ("asumisoikeus", +1, true), ("asumisoikeus", +1, true),
            ("asukasvaltuusto", +1, false), ("astma", +1, true));

        var visitor = await SearchVocabulary.LookupAsync(_db, new VocabularyNeeds([], "asu"), publicOnly: true, CancellationToken.None);
        var member = await SearchVocabulary.LookupAsync(_db, new VocabularyNeeds([], "asu"), publicOnly: false, CancellationToken.None);

        Assert.Equal(["asumisoikeus", "asumistuki", "asunto"], visitor.Completions);
        Assert.Equal(["asumisoikeus", "asumistuki", "asukasvaltuusto", "asunto"], member.Completions);
    }

    [Theory]
    [InlineData("as%")]
    [InlineData("a_u")]
    public async Task Completions_ShouldReadWildcardCharactersAsThemselves(string prefix)
    {
        await CountAsync(("asumistuki", +1, true), ("asunto", +1, true));

        var answers = await SearchVocabulary.LookupAsync(_db, new VocabularyNeeds([], prefix), publicOnly: false, CancellationToken.None);

        Assert.Empty(answers.Completions);
    }

    [Fact]
    public async Task Completions_ShouldStopAtTheLimit()
    {
        await CountAsync([.. Enumerable.Range(0, SearchVocabulary.MaxCompletions + 5).Select(i => ($"kela{i:00}", +1, true))]);

        var answers = await SearchVocabulary.LookupAsync(_db, new VocabularyNeeds([], "kela"), publicOnly: true, CancellationToken.None);

        Assert.Equal(SearchVocabulary.MaxCompletions, answers.Completions.Count);
        Assert.Equal("kela00", answers.Completions[0]);
    }

    public void Dispose()
    {
        _db.Dispose();
        _database.Dispose();
    }

    /// <summary>Each change as the indexer makes it: a word found in (+1) or gone from (-1) one translation.</summary>
    private async Task CountAsync(params (string Term, int Sign, bool IsPublic)[] changes)
    {
        var words = new Dictionary<string, WordCount>(StringComparer.Ordinal);
        foreach (var (term, sign, isPublic) in changes)
        {
            words[term] = words.GetValueOrDefault(term, new WordCount(char.ToUpperInvariant(term[0]) + term[1..], 0, 0)).Add(sign, isPublic);
        }

        await SearchVocabulary.CountAsync(_db, words, CancellationToken.None);
    }
}
