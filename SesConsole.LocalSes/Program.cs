namespace SesConsole.LocalSes;

// A named entry point: the web app references this project, and two global `Program` types would collide.
public static class LocalSesProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.Run();
    }
}
