# Builds the Windows app image target\dist\Webhook Inspector\: "Webhook Inspector.exe" opens the window,
# webhook-inspector.exe is the console launcher for the command line; runtime\ is the trimmed JDK.
# Usage: powershell -ExecutionPolicy Bypass -File packaging\windows\app-image.ps1 [PROJECT_VERSION]
#   Run by `mvnw package`; by hand after it, to rebuild only the image. JAVA_HOME picks the JDK.
param([string]$ProjectVersion = '')
. (Join-Path $PSScriptRoot '..\common\common.ps1')

$jar = Get-MainJar $ProjectVersion
$version = Get-InstallerVersion (Get-ProjectVersion $jar)
$name = Get-Conf 'name'
$displayName = Get-Conf 'display-name'

Initialize-Input $jar
Build-Runtime 'bin\javafx'
Build-AppImage $displayName $version $jar (Join-Path $IconsDir "$name.ico") @(
    '--add-launcher', "$name=$(Join-Path $PSScriptRoot 'cli-launcher.properties')")
Say "app image: $(Join-Path $DistDir $displayName), command line: $(Join-Path (Join-Path $DistDir $displayName) "$name.exe")"
