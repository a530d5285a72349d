# kabinet_set_warnings(target): the warning set every Kabinet target is built with.
function(kabinet_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wconversion -Wnull-dereference -Wformat=2)
    if(KABINET_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
