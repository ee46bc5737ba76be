using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions;

namespace TrainingSite.Infrastructure;

/// <summary>Model binding's own messages ("The value 'x' is not valid") in the user's language.</summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var strings = factory.Create(typeof(SharedStrings));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => strings["Binding.ValueInvalid", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => strings["Binding.ValueInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => strings["Binding.ValueInvalid", string.Empty]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => strings["Binding.ValueInvalid", string.Empty]);
        messages.SetValueIsInvalidAccessor(value => strings["Binding.ValueInvalid", value]);
        messages.SetValueMustBeANumberAccessor(field => strings["Binding.ValueMustBeANumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => strings["Binding.ValueMustBeANumber", string.Empty]);
        messages.SetMissingBindRequiredValueAccessor(_ => strings["Binding.MissingValue"]);
        messages.SetMissingKeyOrValueAccessor(() => strings["Binding.MissingValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => strings["Binding.MissingValue"]);
        messages.SetValueMustNotBeNullAccessor(_ => strings["Binding.ValueRequired"]);
    }
}
