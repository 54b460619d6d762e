using System.Globalization;

namespace HakemusAutopilot.Profile;

/// <summary>Prints what <c>plan</c> shows: each field's label on the form and the exact text that goes into it.</summary>
internal static class FormPlanWriter
{
    /// <summary>
    /// The Finnish labels of the e-service's fields, for showing the plan. The browser finds fields by
    /// the labels in Service/labels.json; pass those to the other overload to show the same words.
    /// </summary>
    public static void Write(TextWriter output, FormPlan plan, string uiLanguage, IReadOnlyDictionary<FormField, string> labels)
    {
        var english = string.Equals(uiLanguage, "en", StringComparison.OrdinalIgnoreCase);
        output.WriteLine(english ? $"Plan for filling the application (e-service language: {plan.Language})" : $"Hakemuksen täyttösuunnitelma (asiointikieli: {plan.Language})");
        output.WriteLine(plan.ActAs is null
            ? english ? "Acting for: the signed-in applicant itself" : "Asioidaan: kirjautuneen hakijan omissa nimissä"
            : english ? $"Acting for: {plan.ActAs}" : $"Asioidaan organisaation puolesta: {plan.ActAs}");
        output.WriteLine();

        foreach (var field in plan.Fields)
        {
            output.WriteLine($"== {labels.GetValueOrDefault(field.Field, field.Field.ToString())} ==");
            output.WriteLine(field.Field == FormField.HomeMunicipalityForProtectionOrder
                ? english ? $"not ticked ({field.Value})" : $"jätetään valitsematta ({field.Value})"
                : field.Value);
            output.WriteLine();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(english ? "Attachments" : "Liitteet")} ({plan.Attachments.Count}):"));
        foreach (var attachment in plan.Attachments)
        {
            output.WriteLine($"  {attachment.FileName}, {Sizes.Format(attachment.Bytes, uiLanguage)}: {attachment.Description}");
            output.WriteLine($"    {attachment.FullPath}");
        }

        output.WriteLine();
        output.WriteLine((english, plan.SaveDraft) switch
        {
            (true, true) => "The draft is saved at the end.",
            (true, false) => "The draft is not saved.",
            (false, true) => "Luonnos tallennetaan lopuksi.",
            _ => "Luonnosta ei tallenneta.",
        });
    }
}
