# Builds the Windows installer from the app image: target\dist\Webhook Inspector-<version>.msi, with a
# Start menu entry for the window and the console launcher webhook-inspector.exe in the install folder.
# Usage: powershell -ExecutionPolicy Bypass -File packaging\windows\installers.ps1 [PROJECT_VERSION]
#   Run by `mvnw package -Pinstaller`; by hand after `mvnw package` (it reuses the app image).
# Needs the WiX Toolset on the PATH: v3.14 (candle.exe, light.exe), or v4/v5 (`dotnet tool install --global wix`,
# then `wix extension add --global WixToolset.UI.wixext WixToolset.Util.wixext` in the same version).
param([string]$ProjectVersion = '')
. (Join-Path $PSScriptRoot '..\common\common.ps1')

$jar = Get-MainJar $ProjectVersion
$version = Get-InstallerVersion (Get-ProjectVersion $jar)
$name = Get-Conf 'name'
$displayName = Get-Conf 'display-name'
$image = Join-Path $DistDir $displayName
if (-not (Test-Path -LiteralPath (Join-Path $image "$name.exe"))) {
    Fail "no app image at $image; run mvnw package (or packaging\windows\app-image.ps1) first"
}
if (-not (Get-Command 'wix.exe' -ErrorAction SilentlyContinue) -and -not (Get-Command 'candle.exe' -ErrorAction SilentlyContinue)) {
    Fail "the WiX Toolset is not on the PATH; install v3.14 or v4/v5 (see the top of this script)"
}

Get-ChildItem -LiteralPath $DistDir -Filter '*.msi' | Remove-Item -Force
Invoke-Tool (Get-JdkTool 'jpackage') @(
    '--type', 'msi',
    '--app-image', $image,
    '--dest', $DistDir,
    '--name', $displayName,
    '--app-version', $version,
    '--vendor', (Get-Conf 'vendor'),
    '--description', (Get-Conf 'description'),
    '--copyright', (Get-Conf 'copyright'),
    '--icon', (Join-Path $IconsDir "$name.ico"),
    "@$(Join-Path $PSScriptRoot 'msi.args')")
Get-ChildItem -LiteralPath $DistDir -Filter '*.msi' | ForEach-Object { Say "msi: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
