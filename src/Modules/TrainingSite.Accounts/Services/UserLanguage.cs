using System.Globalization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>Mail to a person is written in the language they chose, not the one of whoever caused it.</summary>
public static class UserLanguage
{
    public static T Use<T>(TrainingUser user, Func<T> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(user.PreferredLanguage ?? SiteCultures.Current);
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
