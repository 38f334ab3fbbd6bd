package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR is distributable: a clustered Payara keeps sessions, with their view-scoped and session-scoped beans, in
 * its data grid, and a bean that cannot be serialized is silently left behind (Payara logs "Cannot serialize session
 * attribute com.sun.faces.application.view.activeViewMaps" and the other instance gets fresh, empty page beans). This
 * walks every such bean's state, field by field and through generic type arguments, and names each of our types on
 * the way that is not {@link Serializable}. Injected EJB references and
 * normal-scoped beans are the container's serializable proxies.
 */
class ReplicableSessionStateTest {

    private static final String OURS = "id.go.bpjsketenagakerjaan.pmi.";

    @Test
    void everyPageAndSessionBeanCanTravelToAnotherInstance() throws Exception {
        List<Class<?>> beans = beanClasses();
        assertThat(beans).hasSizeGreaterThan(15);
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            walk(bean, bean.getSimpleName(), problems);
        }
        assertThat(problems).as("session state that cannot be replicated").isEmpty();
    }

    private static void walk(Class<?> root, String path, Set<String> problems) {
        Deque<Object[]> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(new Object[] {root, path});
        while (!todo.isEmpty()) {
            Object[] next = todo.poll();
            Class<?> type = (Class<?>) next[0];
            String where = (String) next[1];
            if (!type.getName().startsWith(OURS) || !seen.add(type) || isNormalScoped(type)) {
                continue; // a normal-scoped bean is injected as the container's serializable client proxy
            }
            if (!type.isEnum() && !type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " (via " + where + ")");
            }
            for (Class<?> c = type; c != null && c.getName().startsWith(OURS); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(EJB.class)) {
                        continue;
                    }
                    for (Class<?> reached : classesIn(field.getGenericType())) {
                        todo.add(new Object[] {reached, where + "." + field.getName()});
                    }
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    for (Class<?> reached : classesIn(component.getGenericType())) {
                        todo.add(new Object[] {reached, where + "." + component.getName()});
                    }
                }
            }
        }
    }

    private static boolean isNormalScoped(Class<?> type) {
        return Stream.of(type.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.enterprise.context.NormalScope.class));
    }

    private static List<Class<?>> classesIn(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? classesIn(c.getComponentType()) : List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            List<Class<?>> all = new java.util.ArrayList<>(classesIn(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                all.addAll(classesIn(argument));
            }
            return all;
        }
        if (type instanceof GenericArrayType g) {
            return classesIn(g.getGenericComponentType());
        }
        return List.of();
    }

    private static List<Class<?>> beanClasses() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ReplicableSessionStateTest::load)
                    .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ReplicableSessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
