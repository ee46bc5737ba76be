using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Notifications.Services;

/// <summary>A notification whose mail may be due, with what the mail needs of its recipient.</summary>
public sealed record PendingMail(
    long Id, string UserId, string Kind, string Url, LocalizedText Subject, string? Note, string? Email, string DisplayName, string? Language, bool Active);
