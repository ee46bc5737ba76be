using System.Globalization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>Mail to a person is written in the language they chose, not the one of whoever caused it.</summary>
public static class UserLanguage
{
    /// <summary>The language of mail to <paramref name="user"/>: the one they chose, else the current UI language.</summary>
    public static string Of(TrainingUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.PreferredLanguage ?? SiteCultures.Current;
    }

    public static T Use<T>(TrainingUser user, Func<T> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(Of(user));
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
