#set( $Part = $part.substring(0,1).toUpperCase() + $part.substring(1) )
package ${package};
#if( $part == "scenario" )

import cloudrl.api.Scenario;
import cloudrl.api.ScenarioProvider;

/** Makes {@link ${className}} available as {@code --scenario ${pluginId}}. */
public final class ${className}Provider implements ScenarioProvider {

    @Override
    public Scenario scenario() {
        return ${className}.scenario("${pluginId}");
    }
}
#else

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.${Part}Provider;
#if( $part == "workload" )
import cloudrl.api.TrafficLevel;
#end

import java.util.List;

/** Makes {@link ${className}} available as {@code --${part} ${pluginId}}. */
public final class ${className}Provider implements ${Part}Provider {

    @Override
    public String id() {
        return "${pluginId}";
    }

    @Override
    public String description() {
#if( $part == "policy" )
        return "adds a server when CPU passes a high mark, removes one under a low mark";
#elseif( $part == "reward" )
        return "1 when CPU is at its target, falling linearly to 0 at a distance of 'width'";
#else
        return "the task's base rate plus a sine wave of the given amplitude, with Gaussian noise";
#end
    }

    @Override
    public List<Parameter> parameters() {
#if( $part == "policy" )
        return List.of(
                new Parameter("high", "75", "CPU percent over which a server is added, in [0, 100]"),
                new Parameter("low", "35", "CPU percent under which a server is removed, in [0, high]"));
#elseif( $part == "reward" )
        return List.of(
                new Parameter("target", "55", "CPU percent that earns 1, in [0, 100]"),
                new Parameter("width", "40", "distance in CPU percent at which the reward reaches 0, in (0, 100]"));
#else
        return List.of(
                new Parameter("amplitude", "0.3", "the wave's height as a fraction of the base rate, in [0, 1]"),
                new Parameter("period", "50", "steps per cycle, in [2, 100000]"));
#end
    }

#if( $part == "policy" )
    @Override
    public ${className} create(long seed, Parameters parameters) {
        double high = parameters.number("high", 0, 100);
        double low = parameters.number("low", 0, high);
        return new ${className}(high, low);
    }
#elseif( $part == "reward" )
    @Override
    public ${className} create(long seed, Parameters parameters) {
        double target = parameters.number("target", 0, 100);
        double width = parameters.number("width", 0, 100);
        if (width == 0) {
            throw parameters.rejected("width", parameters.text("width"), "must be above 0");
        }
        return new ${className}(target, width);
    }
#else
    @Override
    public ${className} create(long seed, TrafficLevel traffic, Parameters parameters) {
        return new ${className}(traffic, parameters.number("amplitude", 0, 1), parameters.integer("period", 2, 100_000));
    }
#end
}
#end
