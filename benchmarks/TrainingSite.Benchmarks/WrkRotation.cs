using System.Text;

namespace TrainingSite.Benchmarks;

/// <summary>A wrk Lua script that sends the given paths in turn, so the load is a query mix rather than one cached answer.</summary>
public static class WrkRotation
{
    public static async Task<string> WriteAsync(string folder, IReadOnlyList<string> paths)
    {
        var script = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            // Paths are URL-escaped already; only the Lua string's own quote and backslash need escaping.
            script.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        }

        script.Append("""
            }
            local i = math.random(#paths)
            request = function()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end

            """);
        var file = Path.Combine(folder, "search-rotation.lua");
        await File.WriteAllTextAsync(file, script.ToString());
        return file;
    }
}
