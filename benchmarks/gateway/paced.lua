-- About 190 requests per second from one connection: the added latency at a low rate.
function delay()
    return 5
end
