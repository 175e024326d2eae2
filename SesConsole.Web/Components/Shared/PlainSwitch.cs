using System.Collections.Concurrent;
using System.Net;
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
/// change was refused), the next render puts the box back. A disabled switch has no events, so it is one markup
/// string shared by every circuit (one render-tree frame instead of 25): its labels and test id must come from the
/// code, never from an operator or SES (the cache holds one entry per switch in the code, on and off).
/// </remarks>
public static class PlainSwitch
{
    private const string Control = "mud-input-control mud-input-control-boolean-input";
    private const string Thumb = "<span class=\"mud-switch-thumb-medium d-flex align-center justify-center\"></span>";
    private static readonly ConcurrentDictionary<(bool Value, string TestId, string? Label, string? AriaLabel), MarkupString> DisabledCache = new();

    /// <summary>The switch; <paramref name="label"/> is shown after it, <paramref name="ariaLabel"/> names it when there is no label.</summary>
    public static RenderFragment Render(
        IHandleEvent receiver, bool value, Func<bool, Task> changed, bool disabled, string testId, string? label = null, string? ariaLabel = null) => builder =>
    {
        if (disabled)
        {
            builder.AddContent(36, Disabled(value, testId, label, ariaLabel));
            return;
        }

        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", Control);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", "mud-switch mud-input-content-placement-end");
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-switch-span mud-switch-span-medium");
        builder.OpenElement(8, "span");
        builder.AddAttribute(9, "class", BaseClass(value, disabled: false));
        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "mud-switch-button");
        Input(builder, receiver, value, changed, testId, ariaLabel);
        builder.AddMarkupContent(30, Thumb);
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(31, "span");
        builder.AddAttribute(32, "class", TrackClass(value));
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

    /// <summary>The same elements as the live switch, disabled: what the browser gets from either is the same DOM.</summary>
    private static MarkupString Disabled(bool value, string testId, string? label, string? ariaLabel) =>
        DisabledCache.GetOrAdd((value, testId, label, ariaLabel), key => new MarkupString(
            $"<div class=\"{Control}\"><div class=\"mud-input-control-input-container\">"
            + "<label class=\"mud-switch mud-disabled mud-input-content-placement-end\"><span class=\"mud-switch-span mud-switch-span-medium\">"
            + $"<span class=\"{BaseClass(key.Value, disabled: true)}\"><span class=\"mud-switch-button\">"
            + $"<input type=\"checkbox\" class=\"mud-switch-input\" role=\"switch\" aria-checked=\"{(key.Value ? "true" : "false")}\""
            + (key.AriaLabel is null ? string.Empty : $" aria-label=\"{WebUtility.HtmlEncode(key.AriaLabel)}\"")
            + $" data-testid=\"{WebUtility.HtmlEncode(key.TestId)}\" disabled{(key.Value ? " checked" : string.Empty)}>"
            + Thumb + "</span></span>"
            + $"<span class=\"{TrackClass(key.Value)}\"></span></span>"
            + (key.Label is null ? string.Empty : $"<span class=\"mud-typography mud-typography-body1\">{WebUtility.HtmlEncode(key.Label)}</span>")
            + "</label></div></div>"));

    private static string TrackClass(bool value) => value ? "mud-switch-track mud-primary" : "mud-switch-track mud-default";

    private static void Input(
        RenderTreeBuilder builder, IHandleEvent receiver, bool value, Func<bool, Task> changed, string testId, string? ariaLabel)
    {
        builder.OpenElement(12, "input");
        builder.AddAttribute(13, "type", "checkbox");
        builder.AddAttribute(14, "class", "mud-switch-input");
        builder.AddAttribute(15, "role", "switch");
        builder.AddAttribute(16, "aria-checked", value ? "true" : "false");
        builder.AddAttribute(17, "aria-label", ariaLabel);
        builder.AddAttribute(18, "data-testid", testId);
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
