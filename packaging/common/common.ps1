# Shared steps of the Windows packaging scripts; dot-sourced, not run.
# The same steps as packaging/common/common.sh (Linux, macOS), reading the same packaging/common/app.conf;
# change one, change the other.
#
# Inputs, filled by `mvnw package` (see pom.xml, "Packaging"):
#   target\<name>-<version>.jar   the app
#   target\packaging\libs\        its dependencies, without JavaFX
#   target\packaging\javafx\      the JavaFX jars for Windows (classifier win)
# Outputs: target\packaging\{input,runtime}\ and target\dist\.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$PackagingDir = Split-Path -Parent $PSScriptRoot
$RootDir = Split-Path -Parent $PackagingDir
$TargetDir = Join-Path $RootDir 'target'
$WorkDir = Join-Path $TargetDir 'packaging'
$InputDir = Join-Path $WorkDir 'input'
$RuntimeDir = Join-Path $WorkDir 'runtime'
$DistDir = Join-Path $TargetDir 'dist'
$IconsDir = Join-Path $RootDir 'icons'

function Say([string]$Message) { Write-Host "[packaging] $Message" }
function Fail([string]$Message) { throw "[packaging] ERROR: $Message" }

# The value of KEY in app.conf.
function Get-Conf([string]$Key) {
    $line = Get-Content -LiteralPath (Join-Path $PackagingDir 'common\app.conf') |
        Where-Object { $_.StartsWith("$Key=") } | Select-Object -First 1
    if (-not $line) { Fail "packaging\common\app.conf has no '$Key=' line" }
    return $line.Substring($Key.Length + 1)
}

# A JDK tool, from JAVA_HOME first (Maven passes the JDK it runs on).
function Get-JdkTool([string]$Name) {
    if ($env:JAVA_HOME) {
        $tool = Join-Path $env:JAVA_HOME "bin\$Name.exe"
        if (Test-Path -LiteralPath $tool) { return $tool }
    }
    $command = Get-Command "$Name.exe" -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    Fail "$Name not found: set JAVA_HOME to a JDK 25 or newer"
}

# Runs a native program and returns its output lines, stderr included. Windows PowerShell 5.1 turns a
# native program's stderr into errors when its own output is redirected (as under Maven), which
# 'Stop' would make fatal; the exit code decides instead ($LASTEXITCODE, checked by the caller).
function Invoke-Native([string]$Program, [string[]]$Arguments) {
    $previous = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try { & $Program @Arguments 2>&1 | ForEach-Object { "$_" } } finally { $ErrorActionPreference = $previous }
}

# Prints a command, then runs it, so the log shows exactly what was called.
function Invoke-Tool([string]$Tool, [string[]]$Arguments) {
    Write-Host ("+ `"$Tool`" " + (($Arguments | ForEach-Object { if ($_ -match '\s') { "`"$_`"" } else { $_ } }) -join ' '))
    Invoke-Native $Tool $Arguments | Write-Host
    if ($LASTEXITCODE -ne 0) { Fail "$(Split-Path -Leaf $Tool) failed (exit code $LASTEXITCODE)" }
}

# The app jar in target\; its name carries the version from the pom.
function Get-MainJar([string]$ProjectVersion) {
    $name = Get-Conf 'name'
    if ($ProjectVersion) {
        $jars = @(Join-Path $TargetDir "$name-$ProjectVersion.jar" | Where-Object { Test-Path -LiteralPath $_ })
    } else {
        $jars = @(Get-ChildItem -LiteralPath $TargetDir -Filter "$name-*.jar" |
            Where-Object { $_.Name -notmatch '-(sources|javadoc|tests)\.jar$' } | ForEach-Object { $_.FullName })
    }
    if ($jars.Count -ne 1) { Fail "expected one app jar $TargetDir\$name-<version>.jar; run mvnw package first" }
    return $jars[0]
}

# The pom's version, read back from the jar's name (webhook-inspector-0.1.0-SNAPSHOT.jar).
function Get-ProjectVersion([string]$Jar) {
    return [IO.Path]::GetFileNameWithoutExtension($Jar).Substring((Get-Conf 'name').Length + 1)
}

# 0.1.0-SNAPSHOT -> 0.1.0. Installers take numbers only (MSI: at most 3).
function Get-InstallerVersion([string]$ProjectVersion) {
    $version = ($ProjectVersion -split '-')[0]
    if ($version -notmatch '^[0-9]+(\.[0-9]+){0,2}$') {
        Fail "version '$ProjectVersion' must start with 1 to 3 dot-separated numbers (like 1.2.3) for an installer"
    }
    return $version
}

# The jpackage input folder: the app jar plus its dependencies, nothing else.
function Initialize-Input([string]$Jar) {
    if (-not (Test-Path -LiteralPath (Join-Path $WorkDir 'javafx'))) { Fail "$WorkDir\javafx is missing; run mvnw package first" }
    if (Test-Path -LiteralPath $InputDir) { Remove-Item -LiteralPath $InputDir -Recurse -Force }
    New-Item -ItemType Directory -Path $InputDir | Out-Null
    Copy-Item -LiteralPath $Jar -Destination $InputDir
    $libs = Join-Path $WorkDir 'libs'
    if (Test-Path -LiteralPath $libs) { Copy-Item -Path (Join-Path $libs '*.jar') -Destination $InputDir }
    Optimize-SqliteJar
}

# Rewrites the input's sqlite-jdbc jar with only this machine's native library (org/sqlite/native/Windows/<arch>):
# the image is jlinked from this machine's JDK and runs nowhere else. common.sh's trim_sqlite does the same.
function Optimize-SqliteJar {
    $jars = @(Get-ChildItem -LiteralPath $InputDir -Filter 'sqlite-jdbc-*.jar')
    if ($jars.Count -ne 1) { Fail "expected one sqlite-jdbc jar in $InputDir, found $($jars.Count)" }
    $arch = if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'aarch64' } else { 'x86_64' }
    $keep = "org/sqlite/native/Windows/$arch/"
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $before = $jars[0].Length
    $zip = [System.IO.Compression.ZipFile]::Open($jars[0].FullName, 'Update')
    try {
        $drop = @($zip.Entries | Where-Object { $_.FullName.StartsWith('org/sqlite/native/') -and $_.FullName -match '^org/sqlite/native/[^/]+/[^/]+/.' -and -not $_.FullName.StartsWith($keep) })
        foreach ($e in $drop) { $e.Delete() }
    } finally { $zip.Dispose() }
    $after = (Get-Item -LiteralPath $jars[0].FullName).Length
    Say "sqlite-jdbc: kept the native library for Windows/$arch only, $([int]($before / 1024)) KiB -> $([int]($after / 1024)) KiB"
}

# The JDK and JavaFX modules the app uses (jdeps) plus app.conf's extra-modules and extra-modules-windows.
function Get-Modules {
    $jdeps = Get-JdkTool 'jdeps'
    $options = @((Get-Conf 'jdeps-options') -split ' ' | Where-Object { $_ })
    $jars = @(Get-ChildItem -LiteralPath $InputDir -Filter '*.jar' | ForEach-Object { $_.FullName })
    $output = @(Invoke-Native $jdeps ($options + @('--print-module-deps', '--module-path', (Join-Path $WorkDir 'javafx')) + $jars))
    if ($LASTEXITCODE -ne 0 -or $output.Count -eq 0) {
        $output | Write-Host
        Fail "jdeps could not analyse the jars in $InputDir (see its message above)"
    }
    $found = $output[-1].Trim()
    if ($found -notmatch '^[a-z0-9.,]+$') { Fail "jdeps printed '$found' instead of a module list" }
    $extra = (Get-Conf 'extra-modules') + ',' + (Get-Conf 'extra-modules-windows')
    return ((("$found," + $extra) -split ',' | Where-Object { $_ } | Sort-Object -Unique) -join ',')
}

# jlink a trimmed runtime into target\packaging\runtime. JavaFX's DLLs come out of the jars into
# NativeDir (relative to the runtime), where JavaFX looks first, instead of into the user's profile.
# Unlike on Linux and macOS, the copies inside the modules stay: this layout is not tested on Windows
# here, and they let JavaFX fall back to its usual extraction should a DLL not load from NativeDir.
function Build-Runtime([string]$NativeDir) {
    $jlink = Get-JdkTool 'jlink'
    $jar = Get-JdkTool 'jar'
    $modules = Get-Modules
    Set-Content -LiteralPath (Join-Path $WorkDir 'modules.txt') -Value $modules
    Say "modules: $modules"
    $options = @((Get-Conf 'jlink-options') -split ' ' | Where-Object { $_ })
    if (Test-Path -LiteralPath $RuntimeDir) { Remove-Item -LiteralPath $RuntimeDir -Recurse -Force }
    Invoke-Tool $jlink ($options + @(
        '--module-path', (Join-Path $WorkDir 'javafx'),
        '--add-modules', $modules,
        '--output', $RuntimeDir))
    $nativeTarget = Join-Path $RuntimeDir $NativeDir
    New-Item -ItemType Directory -Force -Path $nativeTarget | Out-Null
    foreach ($fxJar in Get-ChildItem -LiteralPath (Join-Path $WorkDir 'javafx') -Filter '*.jar') {
        $entries = @(Invoke-Native $jar @('tf', $fxJar.FullName) | Where-Object { $_ -match '^[^/]+\.(so|dylib|dll)$' })
        if ($entries.Count -gt 0) {
            Push-Location -LiteralPath $nativeTarget
            try { Invoke-Native $jar (@('xf', $fxJar.FullName) + $entries) | Write-Host } finally { Pop-Location }
            if ($LASTEXITCODE -ne 0) { Fail "could not extract the native libraries of $($fxJar.Name)" }
        }
    }
}

# app.conf's java-options as repeated jpackage --java-options arguments.
function Get-JavaOptionsArguments {
    foreach ($option in ((Get-Conf 'java-options') -split ' ' | Where-Object { $_ })) { '--java-options'; $option }
}

# jpackage --type app-image into target\dist.
function Build-AppImage([string]$Name, [string]$Version, [string]$Jar, [string]$Icon, [string[]]$Extra) {
    $jpackage = Get-JdkTool 'jpackage'
    $image = Join-Path $DistDir $Name
    if (Test-Path -LiteralPath $image) { Remove-Item -LiteralPath $image -Recurse -Force }
    New-Item -ItemType Directory -Force -Path $DistDir | Out-Null
    Invoke-Tool $jpackage (@(
        '--type', 'app-image',
        '--dest', $DistDir,
        '--name', $Name,
        '--app-version', $Version,
        '--vendor', (Get-Conf 'vendor'),
        '--description', (Get-Conf 'description'),
        '--copyright', (Get-Conf 'copyright'),
        '--input', $InputDir,
        '--main-jar', (Split-Path -Leaf $Jar),
        '--main-class', (Get-Conf 'main-class'),
        '--runtime-image', $RuntimeDir,
        '--icon', $Icon) + @(Get-JavaOptionsArguments) + @($Extra | Where-Object { $_ }))
}
