using HakemusAutopilot.Operator;

namespace HakemusAutopilot.Profile;

/// <summary>Prints what <c>plan</c> shows: each field's label on the form and the exact text that goes into it.</summary>
internal static class FormPlanWriter
{
    /// <summary>Writes the plan with <paramref name="labels"/>, the words the browser looks for (Service/labels.json).</summary>
    public static void Write(TextWriter output, FormPlan plan, string uiLanguage, IReadOnlyDictionary<FormField, string> labels)
    {
        void Line(string key, params object?[] args) => output.WriteLine(OperatorText.Say(key, uiLanguage, args));

        Line(nameof(Texts.PlanTitle), plan.Language);
        if (plan.ActAs is null)
        {
            Line(nameof(Texts.PlanActingForSelf));
        }
        else
        {
            Line(nameof(Texts.PlanActingFor), plan.ActAs);
        }

        output.WriteLine();
        foreach (var field in plan.Fields)
        {
            output.WriteLine($"== {labels.GetValueOrDefault(field.Field, field.Field.ToString())} ==");
            if (field.Field == FormField.HomeMunicipalityForProtectionOrder)
            {
                Line(nameof(Texts.PlanNotTicked));
            }
            else
            {
                output.WriteLine(field.Value);
            }

            output.WriteLine();
        }

        Line(nameof(Texts.PlanAttachments), plan.Attachments.Count);
        foreach (var attachment in plan.Attachments)
        {
            output.WriteLine($"  {attachment.FileName}, {Sizes.Of(attachment.Bytes).In(uiLanguage)}: {attachment.Description}");
            output.WriteLine($"    {attachment.FullPath}");
        }

        output.WriteLine();
        Line(plan.SaveDraft ? nameof(Texts.PlanSaveDraft) : nameof(Texts.PlanNoDraft));
    }
}
