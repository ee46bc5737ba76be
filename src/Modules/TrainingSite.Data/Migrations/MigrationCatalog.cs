using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Data.Migrations;

/// <summary>
/// Finds the SQL migrations that the kernel and the modules embed under Migrations/{Sqlite|Postgres}/.
/// Ids start with a timestamp (yyyyMMddHHmm_) so scripts of different modules run in the order written.
/// </summary>
public static class MigrationCatalog
{
    public static IReadOnlyList<MigrationScript> Load(IEnumerable<MigrationSource> sources, DatabaseProvider provider)
    {
        var marker = $".Migrations.{provider}.";
        var scripts = new List<MigrationScript>();
        foreach (var assembly in sources.Select(s => s.Assembly).Distinct())
        {
            foreach (var name in assembly.GetManifestResourceNames())
            {
                var at = name.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0 || !name.EndsWith(".sql", StringComparison.Ordinal))
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                var id = name[(at + marker.Length)..^".sql".Length];
                scripts.Add(new MigrationScript(id, reader.ReadToEnd()));
            }
        }

        var duplicate = scripts.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share the id '{duplicate.Key}'.");
        }

        return [.. scripts.OrderBy(s => s.Id, StringComparer.Ordinal)];
    }
}
