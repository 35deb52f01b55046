<fmt:message key="verify.title" var="title"/>
<t:layout title="${title}" active="sinkronisasi">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/sinkronisasi'/>"><fmt:message key="common.back"/></a></div>
</div>
<c:choose>
    <c:when test="${onHub}">
        <div class="alert alert-info" role="status"><fmt:message key="verify.onHub"/></div>
    </c:when>
    <c:otherwise>
        <c:if test="${repaired}">
            <fmt:message key="verify.written" var="writtenText"><fmt:param value="${written}"/></fmt:message>
            <div class="alert alert-success" role="status" id="verify-written"><c:out value="${writtenText}"/></div>
            <h2 class="section-title"><fmt:message key="verify.fresh"/></h2>
        </c:if>
        <c:choose>
            <c:when test="${report.same()}">
                <fmt:message key="verify.same" var="sameText"><fmt:param value="${cermin:count(report.chunksCompared())}"/></fmt:message>
                <div class="alert alert-success" role="status" id="verify-same"><c:out value="${sameText}"/></div>
            </c:when>
            <c:otherwise>
                <div class="alert alert-warn" role="status" id="verify-differs"><fmt:message key="verify.differs"/></div>
                <c:forEach items="${differences}" var="d">
                    <section class="card diff-table">
                        <fmt:message key="${d.tableKey()}" var="kindText"/>
                        <fmt:message key="verify.chunks" var="countText"><fmt:param value="${cermin:count(d.count())}"/></fmt:message>
                        <h2><c:out value="${kindText}"/> · <c:out value="${countText}"/></h2>
                        <ul class="row-list">
                            <c:forEach items="${d.shown()}" var="row"><li><t:row-label label="${row}"/></li></c:forEach>
                        </ul>
                        <c:if test="${d.more() > 0}"><fmt:message key="verify.more" var="moreText"><fmt:param value="${d.more()}"/></fmt:message><p class="muted"><c:out value="${moreText}"/></p></c:if>
                    </section>
                </c:forEach>
                <c:if test="${stockDifferences.count() > 0}">
                    <section class="card diff-table" id="stock-store">
                        <h2><fmt:message key="verify.stockStore"/></h2>
                        <ul class="row-list">
                            <c:forEach items="${stockDifferences.shown()}" var="row"><li><t:row-label label="${row}"/></li></c:forEach>
                        </ul>
                        <c:if test="${stockDifferences.more() > 0}"><fmt:message key="verify.more" var="moreText"><fmt:param value="${stockDifferences.more()}"/></fmt:message><p class="muted"><c:out value="${moreText}"/></p></c:if>
                    </section>
                </c:if>
                <form method="post" action="<c:url value='/sinkronisasi/perbaiki'/>" class="actions" data-progress="repair-progress">
                    <t:csrf/>
                    <button type="submit" class="btn btn-primary" id="repair-now"><fmt:message key="verify.repair"/></button>
                    <span class="muted"><fmt:message key="verify.repairHint"/></span>
                    <p class="alert alert-info progress-note" id="repair-progress" role="status" hidden><span class="spinner" aria-hidden="true"></span><fmt:message key="verify.repairProgress"/></p>
                </form>
            </c:otherwise>
        </c:choose>
    </c:otherwise>
</c:choose>
</t:layout>
