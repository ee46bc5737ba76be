using Microsoft.Extensions.Options;

namespace TrainingSite.AuditTrail.Services;

/// <summary>Refuses to start with a retention that would delete every event (or be meaningless), naming the setting.</summary>
public sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options) =>
        options.RetentionDays > 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{AuditOptions.Section}:{nameof(AuditOptions.RetentionDays)} must be a whole number of days greater than 0 (it is {options.RetentionDays}).");
}
