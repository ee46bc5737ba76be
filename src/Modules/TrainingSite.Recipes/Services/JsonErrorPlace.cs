using System.Text;
using System.Text.Json;

namespace TrainingSite.Recipes.Services;

/// <summary>
/// Where in a file a JSON parse error is, as a person counts: line and character, both from 1. The parser reports the
/// line from 0 and the place in the line in UTF-8 bytes, which is not what an editor shows for a line with "ä" in it.
/// </summary>
public static class JsonErrorPlace
{
    public static (long Line, long Position) Of(string json, JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(exception);
        var lineIndex = exception.LineNumber ?? 0;
        var bytes = exception.BytePositionInLine ?? 0;
        var lines = json.Split('\n');
        if (lineIndex < 0 || lineIndex >= lines.Length)
        {
            return (lineIndex + 1, bytes + 1);
        }

        var line = Encoding.UTF8.GetBytes(lines[lineIndex]);
        var characters = Encoding.UTF8.GetCharCount(line, 0, (int)Math.Clamp(bytes, 0, line.Length));
        return (lineIndex + 1, characters + 1);
    }
}
