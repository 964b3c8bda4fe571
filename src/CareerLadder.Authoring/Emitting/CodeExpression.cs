using System.Collections.Generic;
using System.Linq;

namespace CareerLadder.Authoring.Emitting;

/// <summary>
/// A C# expression that <see cref="SourceWriter.Expression"/> lays out: on one line when it fits, otherwise a call with
/// one argument a line and a string literal cut into constant parts joined with <c>+</c>, so that no ladder text makes a
/// long line.
/// </summary>
internal abstract class CodeExpression
{
    /// <summary>The expression on one line.</summary>
    public abstract string OneLine { get; }

    /// <summary>Code written as is (a number, a name, <c>null</c>): it is never broken.</summary>
    public static CodeExpression Code(string code) => new Verbatim(code);

    /// <summary>The string literal of <paramref name="value"/> (escaped), or <c>null</c>.</summary>
    public static CodeExpression String(string? value) => value is null ? Code("null") : new StringLiteral(value);

    /// <summary><c>new <paramref name="type"/>(arguments)</c>.</summary>
    public static CodeExpression New(string type, params CodeExpression[] arguments) => new CallExpression("new " + type + "(", arguments, ")");

    /// <summary><paramref name="open"/>, the arguments separated by commas, then <paramref name="close"/>.</summary>
    public static CodeExpression Call(string open, IReadOnlyList<CodeExpression> arguments, string close) => new CallExpression(open, arguments, close);

    internal sealed class Verbatim : CodeExpression
    {
        public Verbatim(string code) => OneLine = code;

        public override string OneLine { get; }
    }

    internal sealed class StringLiteral : CodeExpression
    {
        public StringLiteral(string value)
        {
            Value = value;
            OneLine = CSharpText.Literal(value);
        }

        /// <summary>The text, unescaped.</summary>
        public string Value { get; }

        public override string OneLine { get; }
    }

    internal sealed class CallExpression : CodeExpression
    {
        public CallExpression(string open, IReadOnlyList<CodeExpression> arguments, string close)
        {
            Open = open;
            Arguments = arguments;
            Close = close;
            OneLine = open + string.Join(", ", arguments.Select(argument => argument.OneLine)) + close;
        }

        public string Open { get; }

        public IReadOnlyList<CodeExpression> Arguments { get; }

        public string Close { get; }

        public override string OneLine { get; }
    }
}
