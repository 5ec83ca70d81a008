package cloudrl.launcher;

import cloudrl.env.Task;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --task} values, naming the three tasks when the value is none of them. */
final class TaskConverter implements ITypeConverter<Task> {

    @Override
    public Task convert(String value) {
        try {
            return Task.parse(value);
        } catch (IllegalArgumentException unknown) {
            throw new TypeConversionException(unknown.getMessage());
        }
    }
}
