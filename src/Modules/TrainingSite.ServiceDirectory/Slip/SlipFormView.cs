namespace TrainingSite.ServiceDirectory.Slip;

/// <summary>The referral slip form's values: the point, the customer's language, and (when shown again after an error) what to bring.</summary>
public sealed record SlipFormView(string PointId, string Language, string? Bring);
