using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace SesConsole.Web.Components.Shared;

/// <summary>
/// A MudSwitch (primary, medium, label after it) as plain markup: the browser's own checkbox with <c>role="switch"</c>
/// inside MudSwitch's elements and classes, drawn by the component that owns the value, so a switch costs its circuit
/// no component (a MudSwitch is three, and it subscribes to MudBlazor's key interceptor through JS interop).
/// </summary>
/// <remarks>
/// Space toggles it and Tab reaches it, as the browser does for any checkbox; its name is its label or
/// <c>aria-label</c>. The value is bound as <c>@bind</c> binds a checkbox: when the owner keeps the old value (the
/// change was refused), the next render puts the box back.
/// </remarks>
public static class PlainSwitch
{
    private const string Control = "mud-input-control mud-input-control-boolean-input";

    /// <summary>The switch; <paramref name="label"/> is shown after it, <paramref name="ariaLabel"/> names it when there is no label.</summary>
    public static RenderFragment Render(
        IHandleEvent receiver, bool value, Func<bool, Task> changed, bool disabled, string testId, string? label = null, string? ariaLabel = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", Control);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", disabled ? "mud-switch mud-disabled mud-input-content-placement-end" : "mud-switch mud-input-content-placement-end");
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-switch-span mud-switch-span-medium");
        builder.OpenElement(8, "span");
        builder.AddAttribute(9, "class", BaseClass(value, disabled));
        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "mud-switch-button");
        Input(builder, receiver, value, changed, disabled, testId, ariaLabel);
        builder.AddMarkupContent(30, "<span class=\"mud-switch-thumb-medium d-flex align-center justify-center\"></span>");
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(31, "span");
        builder.AddAttribute(32, "class", value ? "mud-switch-track mud-primary" : "mud-switch-track mud-default");
        builder.CloseElement();
        builder.CloseElement();
        if (label is not null)
        {
            builder.OpenElement(33, "span");
            builder.AddAttribute(34, "class", "mud-typography mud-typography-body1");
            builder.AddContent(35, label);
            builder.CloseElement();
        }

        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private static void Input(
        RenderTreeBuilder builder, IHandleEvent receiver, bool value, Func<bool, Task> changed, bool disabled, string testId, string? ariaLabel)
    {
        builder.OpenElement(12, "input");
        builder.AddAttribute(13, "type", "checkbox");
        builder.AddAttribute(14, "class", "mud-switch-input");
        builder.AddAttribute(15, "role", "switch");
        builder.AddAttribute(16, "aria-checked", value ? "true" : "false");
        builder.AddAttribute(17, "aria-label", ariaLabel);
        builder.AddAttribute(18, "data-testid", testId);
        builder.AddAttribute(19, "disabled", disabled);
        builder.AddAttribute(20, "checked", BindConverter.FormatValue(value));
        builder.AddAttribute(21, "onchange", EventCallback.Factory.CreateBinder(receiver, changed, value));
        builder.SetUpdatesAttributeName("checked");
        builder.CloseElement();
    }

    /// <summary>MudSwitch's classes for its button: primary when on, default when off, none of either when disabled.</summary>
    private static string BaseClass(bool value, bool disabled) => (value, disabled) switch
    {
        (true, false) => "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-primary-text hover:mud-primary-hover mud-checked mud-switch-base-medium",
        (false, false) => "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-default-text hover:mud-default-hover mud-switch-base-medium",
        (true, true) => "mud-button-root mud-icon-button mud-switch-base mud-switch-disabled mud-checked mud-switch-base-medium",
        (false, true) => "mud-button-root mud-icon-button mud-switch-base mud-switch-disabled mud-switch-base-medium",
    };
}
