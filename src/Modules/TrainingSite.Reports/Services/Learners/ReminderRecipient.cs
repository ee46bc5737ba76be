namespace TrainingSite.Reports.Services.Learners;

/// <summary>A learner a reminder goes to, with the language their mail is written in.</summary>
public sealed record ReminderRecipient(string UserId, string Email, string DisplayName, string Language);
