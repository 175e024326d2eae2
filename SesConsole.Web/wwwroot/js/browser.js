// Small browser helpers the console calls through IJSRuntime.

export async function copyText(text) {
    await navigator.clipboard.writeText(text);
}

export function downloadText(fileName, contentType, content) {
    const blob = new Blob([content], { type: contentType });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
}
