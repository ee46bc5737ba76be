using System.Collections;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Binds a form's list of rows (<c>Input.Hours</c>, <c>Input.Choices</c>: a list of complex items) as MVC does, then
/// drops the null items. MVC adds one for a row a post names (<c>Input.Hours.index=x</c>) but sends no field of; only
/// a hand-made post does that, and every form then gets the rows that were sent instead of a null that throws (500).
/// </summary>
public sealed class RowsNotSentBinderProvider(IModelBinderProvider collections) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var binder = collections.GetBinder(context);
        return binder is not null && context.Metadata.ElementMetadata?.IsComplexType == true ? new DroppingNulls(binder) : binder;
    }

    private sealed class DroppingNulls(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is IList { IsFixedSize: false, IsReadOnly: false } rows)
            {
                for (var i = rows.Count - 1; i >= 0; i--)
                {
                    if (rows[i] is null)
                    {
                        rows.RemoveAt(i);
                    }
                }
            }
        }
    }
}
