namespace TrainingSite.ServiceDirectory.Api;

/// <summary>Whether telephone and remote (video) interpreting are offered.</summary>
public sealed record DirectoryApiInterpreting(bool Phone, bool Remote);
