using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Tests.Analysis;

public sealed class VoikkoAnalyzerTests
{
    [Theory]
    [InlineData("päivähoitoon", "päivähoito", "päivä hoito")]
    [InlineData("asumistukeen", "asumistuki", "asua tuki")]
    [InlineData("toimeentulotuesta", "toimeentulotuki", "toimeentulo tuki")]
    [InlineData("työttömyysturva", "työttömyysturva", "työttömyys turva")]
    [InlineData("tulkin", "tulkki", "")]
    public void Analyze_ShouldGiveBaseFormAndCompoundParts_WhenTheWordIsFinnish(string word, string baseForm, string parts)
    {
        using var voikko = VoikkoAnalyzer.TryCreate();
        Assert.NotNull(voikko); // libvoikko1 + voikko-fi are installed by test.sh

        var analysis = voikko.Analyze(word);

        Assert.Contains(baseForm, analysis.BaseForms);
        Assert.Equal(parts.Split(' ', StringSplitOptions.RemoveEmptyEntries), analysis.CompoundParts);
    }

    [Fact]
    public void Analyze_ShouldKnowNothing_WhenTheWordIsTypedWithoutDiacritics()
    {
        using var voikko = VoikkoAnalyzer.TryCreate();

        Assert.False(voikko!.Analyze("paivahoito").IsKnown);
    }

    [Theory]
    [InlineData("+asumis(asua)+tuki(tuki)", "asua tuki")]
    [InlineData("+päivä(päivä)+hoi(hoitaa)+to(+to)", "päivä hoito")]
    [InlineData("+toimeentulo(toimeen=tulo)+tuki(tuki)", "toimeentulo tuki")]
    [InlineData("+varhais+kasvat(kasvattaa)+us(+us)+paikka(paikka)", "varhais kasvatus paikka")]
    [InlineData("+tulkki(tulkki)", "")]
    [InlineData("", "")]
    [InlineData("((+)", "")]
    public void Parts_ShouldReadVoikkosWordBases(string wordBases, string expected)
    {
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), VoikkoWordBases.Parts(wordBases));
    }
}
