namespace TrainingSite.Data.Configuration;

/// <summary>A database setting or state that stops the site, with a message that says what to do.</summary>
public sealed class DatabaseConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
