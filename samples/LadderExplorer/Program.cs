using System;
using LadderExplorer;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    console.Profile.Width = 200;
}

return new LadderPrinter(console).Run(args);
