using System.Text.Json;
using System.Text.Json.Serialization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.PersonalData;

/// <summary>Everything the site holds about a person (GDPR articles 15 and 20): every module's section, as one JSON document.</summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public async Task<IReadOnlyList<(string Name, PersonalDataSection Section)>> CollectAsync(TrainingUser user, CancellationToken cancellationToken)
    {
        var subject = new PersonalDataSubject(user.Id, user.DisplayName, user.Email);
        var sections = new List<(string, PersonalDataSection)>();
        foreach (var source in sources)
        {
            sections.Add((source.Section, await source.ExportAsync(subject, cancellationToken)));
        }

        return sections;
    }

    public static byte[] ToJson(IReadOnlyList<(string Name, PersonalDataSection Section)> sections, DateTimeOffset exportedAt)
    {
        var document = new Dictionary<string, object>(StringComparer.Ordinal) { ["exportedAt"] = exportedAt };
        foreach (var (name, section) in sections)
        {
            document[name] = section.Data;
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}
