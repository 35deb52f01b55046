@echo off
rem Cermin launcher for Windows (./cermin on Linux and macOS). Needs only a JDK 17+:
rem the first run builds Cermin with the Maven wrapper, then runs the launcher jar.
rem   cermin.cmd demo     a store (port 8080) and a hub (port 8081) on embedded MariaDB
rem                       with demo data; data kept under data\. Ctrl-C stops both.
rem   cermin.cmd store    this PC's store, with the settings in cermin.properties (README)
rem   cermin.cmd status   whether Cermin runs here (exit code 0 yes, 3 no)
rem   cermin.cmd backup [store^|hub] / restore FILE [store^|hub]   backups in data\backups
rem   cermin.cmd install-service ^| uninstall-service
rem                       the store as a Windows service started at boot (as Administrator;
rem                       needs WinSW-x64.exe from WinSW's releases in this folder)
setlocal
cd /d "%~dp0"
set "JAR=target\cermin-launcher.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"

if "%~1"=="demo" goto run
if "%~1"=="store" goto run
if "%~1"=="status" goto status
if "%~1"=="backup" goto tool
if "%~1"=="restore" goto tool
if "%~1"=="install-service" goto install
if "%~1"=="uninstall-service" goto uninstall
echo Usage: cermin.cmd demo^|store^|status^|backup^|restore FILE^|install-service^|uninstall-service 1>&2
exit /b 2

:run
call :build || exit /b 1
"%JAVA%" -jar "%JAR%" %1
exit /b %ERRORLEVEL%

:tool
call :build || exit /b 1
"%JAVA%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:status
if not exist "%JAR%" (
  echo Cermin is not running here ^(not built yet: cermin.cmd demo builds it^)
  exit /b 3
)
"%JAVA%" -jar "%JAR%" status
exit /b %ERRORLEVEL%

:install
if not exist "WinSW-x64.exe" (
  echo Cermin: download WinSW-x64.exe ^(version 2.x^) from https://github.com/winsw/winsw/releases into %CD% first 1>&2
  exit /b 1
)
call :build || exit /b 1
if not exist service mkdir service
copy /y "WinSW-x64.exe" "service\cermin-store.exe" >nul || exit /b 1
rem The service runs without this user's PATH: it gets java.exe's full path.
if "%JAVA%"=="java" call :find_java
powershell -NoProfile -Command "(Get-Content -Raw 'server-config\windows\cermin-store.xml').Replace('@HOME@', (Get-Location).Path).Replace('@JAVA@', $env:JAVA) | Set-Content -Encoding UTF8 'service\cermin-store.xml'" || exit /b 1
service\cermin-store.exe install || exit /b 1
service\cermin-store.exe start || exit /b 1
echo Cermin: service cermin-store installed and started ^(logs in data\logs and data\store^)
exit /b 0

:uninstall
if not exist "service\cermin-store.exe" (
  echo Cermin: no service installed from this folder 1>&2
  exit /b 1
)
service\cermin-store.exe stop
service\cermin-store.exe uninstall || exit /b 1
echo Cermin: service cermin-store removed ^(data kept in data\^)
exit /b 0

:find_java
for /f "delims=" %%J in ('where java') do (
  set "JAVA=%%J"
  exit /b 0
)
exit /b 0

:build
if exist "%JAR%" if exist "target\cermin.war" exit /b 0
echo Cermin: building ^(mvnw.cmd package^) ...
call mvnw.cmd -q -B -DskipTests package
exit /b %ERRORLEVEL%
