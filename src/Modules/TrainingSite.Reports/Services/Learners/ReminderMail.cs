namespace TrainingSite.Reports.Services.Learners;

/// <summary>A reminder's subject and text in one language.</summary>
public sealed record ReminderMail(string Language, string Subject, string Body);
