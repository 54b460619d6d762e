# The main job against the offline replica on Windows, with Edge as the browser unless configured otherwise.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
if (-not $env:HAKEMUS_Browser__Kind) { $env:HAKEMUS_Browser__Kind = 'channel'; $env:HAKEMUS_Browser__Channel = 'msedge' }
dotnet run --project src/HakemusAutopilot -c Release -- rehearse @args
exit $LASTEXITCODE
