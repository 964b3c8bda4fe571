using System;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif

namespace CareerLadder;

/// <summary>
/// Names the generated <see cref="LadderCatalog"/> of a ladder assembly. The generator emits it; the runtime library
/// reads it to find catalogs, also in assemblies that no code has touched yet.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class LadderCatalogAttribute : Attribute
{
    /// <summary>Names the catalog type of the assembly.</summary>
    /// <param name="catalogType">A <see cref="LadderCatalog"/> subclass with a public parameterless constructor.</param>
    public LadderCatalogAttribute(
#if NET
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
#endif
        Type catalogType)
    {
        CatalogType = catalogType ?? throw new ArgumentNullException(nameof(catalogType));
    }

    /// <summary>The <see cref="LadderCatalog"/> subclass of the assembly.</summary>
#if NET
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
#endif
    public Type CatalogType { get; }
}
