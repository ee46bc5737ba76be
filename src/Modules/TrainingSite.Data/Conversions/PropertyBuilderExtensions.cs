using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Data.Conversions;

public static class PropertyBuilderExtensions
{
    /// <summary>Maps a localized text to a JSON text column.</summary>
    public static PropertyBuilder<LocalizedText> IsLocalizedText(this PropertyBuilder<LocalizedText> property) =>
        property.HasConversion(new LocalizedTextConverter(), LocalizedTextConverter.Comparer).IsRequired();
}
