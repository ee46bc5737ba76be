using System.Text.Json;

namespace TrainingSite.Courses.Services;

public static class ContentJson
{
    /// <summary>Serialises tuples of content (fields) to compare texts by value.</summary>
    public static readonly JsonSerializerOptions Options = new() { IncludeFields = true };
}
