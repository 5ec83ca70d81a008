@echo off
rem Runs CloudRL from an unpacked release archive. Needs a JDK 17 or newer: %JAVA_HOME%\bin\java.exe
rem when JAVA_HOME is set, else java on the PATH. The bundled libtorch is for Linux x86-64, so train
rem and the tensor benchmarks run on Linux only; every other command runs here.
setlocal
set "CLOUDRL_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "LOG_OPT="
if defined CLOUDRL_LOG set "LOG_OPT=-Dorg.slf4j.simpleLogger.defaultLogLevel=%CLOUDRL_LOG%"
"%JAVA%" -Dai.djl.offline=true %LOG_OPT% %CLOUDRL_JAVA_OPTS% "-Dcloudrl.home=%CLOUDRL_HOME%" -p "%CLOUDRL_HOME%\lib" -cp "%CLOUDRL_HOME%\lib\classpath\*" -m cloudrl.launcher/cloudrl.launcher.CloudRl %*
exit /b %ERRORLEVEL%
