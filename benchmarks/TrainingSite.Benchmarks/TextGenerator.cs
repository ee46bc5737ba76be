using System.Text;

namespace TrainingSite.Benchmarks;

/// <summary>Word-level text in Finnish, Swedish or English: realistic lengths and Markdown structure, no meaning.</summary>
public sealed class TextGenerator(int seed)
{
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["fi"] = ["asiakas", "neuvonta", "ohjaus", "palvelu", "kunta", "hyvinvointialue", "Kela", "hakemus", "asuminen", "päivähoito", "työllisyys", "tulkki", "lomake", "oleskelulupa", "henkilötunnus", "verokortti", "terveysasema", "toimeentulotuki", "asumistuki", "ajanvaraus", "neuvoja", "tieto", "verkosto", "yhteistyö", "kieli", "selkokieli", "viranomainen", "päätös", "liite", "sähköinen", "asiointi", "tunnistautuminen", "kotikunta", "koulutus", "kurssi", "opiskelu", "lapsi", "perhe", "tuki", "maksu"],
        ["sv"] = ["kund", "rådgivning", "vägledning", "tjänst", "kommun", "välfärdsområde", "FPA", "ansökan", "boende", "dagvård", "sysselsättning", "tolk", "blankett", "uppehållstillstånd", "personbeteckning", "skattekort", "hälsostation", "utkomststöd", "bostadsbidrag", "tidsbokning", "rådgivare", "information", "nätverk", "samarbete", "språk", "lättläst", "myndighet", "beslut", "bilaga", "elektronisk", "ärende", "identifiering", "hemkommun", "utbildning", "kurs", "studier", "barn", "familj", "stöd", "avgift"],
        ["en"] = ["customer", "advice", "guidance", "service", "municipality", "wellbeing", "Kela", "application", "housing", "daycare", "employment", "interpreter", "form", "permit", "identity", "tax", "health", "assistance", "allowance", "appointment", "adviser", "information", "network", "cooperation", "language", "plain", "authority", "decision", "attachment", "electronic", "matter", "identification", "residence", "education", "course", "studies", "child", "family", "support", "fee"],
    };

    private readonly Random _random = new(seed);

    public string Sentence(string culture, int words)
    {
        var list = Words[culture];
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => list[_random.Next(list.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>About <paramref name="words"/> words of Markdown: headings, paragraphs and a list.</summary>
    public string Markdown(string culture, int words)
    {
        var text = new StringBuilder();
        var written = 0;
        while (written < words)
        {
            text.Append("## ").AppendLine(Sentence(culture, 3).TrimEnd('.')).AppendLine();
            for (var p = 0; p < 2; p++)
            {
                text.AppendLine(string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentence(culture, 9)))).AppendLine();
                written += 36;
            }

            for (var item = 0; item < 3; item++)
            {
                text.Append("- ").AppendLine(Sentence(culture, 6));
                written += 6;
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
