/** @module *.csproj: the project SDK and PackageReference names (by regex; MSBuild files are not evaluated). Pure. */
import { emptyManifest, lineOf, namedLicense, type ParsedManifest } from './types.js'

/** Parse a .csproj; the SDK ('microsoft.net.sdk.web' for ASP.NET Core) is reported like a dependency. */
export function parseCsproj(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'csharp')
  const sdk = /<Project\b[^>]{0,2000}?\bSdk\s*=\s*"([^"]+)"/i.exec(text)
  if (sdk) result.dependencies.push(sdk[1]!.split('/')[0]!.toLowerCase())
  for (const m of text.matchAll(/<PackageReference\b[^>]{0,500}?\bInclude\s*=\s*"([^"]+)"/gi)) result.dependencies.push(m[1]!.toLowerCase())
  const license = /<PackageLicenseExpression>([^<]+)</i.exec(text)
  const named = namedLicense(license?.[1])
  if (named) {
    result.license = named
    result.licenseLine = lineOf(text, /<PackageLicenseExpression>/i)
  }
  return result
}
