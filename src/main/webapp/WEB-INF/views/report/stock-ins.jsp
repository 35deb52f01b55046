<fmt:message key="report.stockIn.title" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/>
        <small class="print-only"><c:out value="${from}"/> – <c:out value="${to}"/> <c:out value="${storeFilter}"/></small></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/laporan/keluar'/>"><fmt:message key="report.sales.title"/></a>
        <c:url value="/laporan/masuk/csv" var="csvUrl"><c:param name="dari" value="${from}"/><c:param name="sampai" value="${to}"/><c:if test="${not empty storeFilter}"><c:param name="toko" value="${storeFilter}"/></c:if></c:url>
        <a class="btn" href="<c:out value='${csvUrl}'/>"><fmt:message key="report.csv"/></a>
        <button type="button" class="btn" id="print-report"><fmt:message key="receipt.print"/></button>
    </div>
</div>
<c:if test="${not empty dateError}"><div class="alert alert-error" role="alert" id="date-error"><fmt:message key="${dateError}"/></div></c:if>
<div class="toolbar">
    <form method="get" action="<c:url value='/laporan/masuk'/>">
        <label><fmt:message key="report.from"/> <input type="date" name="dari" value="<c:out value='${from}'/>"></label>
        <label><fmt:message key="report.to"/> <input type="date" name="sampai" value="<c:out value='${to}'/>"></label>
        <t:store-filter/>
        <button type="submit" class="btn"><fmt:message key="report.show"/></button>
    </form>
</div>
<div class="table-wrap">
<table class="data" id="stock-in-report">
    <thead><tr>
        <th><fmt:message key="report.reference"/></th>
        <c:if test="${not empty storeChoices}"><th><fmt:message key="report.store"/></th></c:if>
        <th><fmt:message key="report.time"/></th>
        <th><fmt:message key="report.receivedBy"/></th>
        <th><fmt:message key="stockin.supplier"/></th>
        <th class="num"><fmt:message key="report.lines"/></th>
        <th class="num"><fmt:message key="report.totalCost"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${report.rows()}" var="r">
        <tr class="${r.voided ? 'archived' : ''}">
            <td class="name"><a href="<c:url value='/laporan/masuk/detail'><c:param name='id' value='${r.id()}'/></c:url>"><c:out value="${r.reference()}"/></a></td>
            <c:if test="${not empty storeChoices}"><td class="store"><c:out value="${r.store()}"/></td></c:if>
            <td class="nowrap"><c:out value="${cermin:dateTime(r.receivedAt())}"/></td>
            <td><c:out value="${r.receivedBy()}"/></td>
            <td><c:out value="${r.supplier()}"/></td>
            <td class="num"><c:out value="${r.lines()}"/></td>
            <td class="num money"><span class="name"><c:out value="${cermin:rupiah(r.totalCost())}"/></span></td>
            <td class="actions">
                <c:choose>
                    <c:when test="${r.voided}">
                        <span class="badge badge-muted"><fmt:message key="report.voided"/></span>
                        <span class="muted"><c:out value="${r.voidReason()}"/> (<c:out value="${r.voidedBy()}"/>)</span>
                    </c:when>
                    <c:otherwise>
                        <fmt:message key="report.confirmVoidStockIn" var="confirmText"><fmt:param value="${r.reference()}"/></fmt:message>
                        <form class="inline void-form" method="post" action="<c:url value='/laporan/masuk/batal'/>" data-confirm="<c:out value='${confirmText}'/>">
                            <t:csrf/>
                            <input type="hidden" name="id" value="<c:out value='${r.id()}'/>">
                            <input type="hidden" name="back" value="<c:out value='dari=${from}&sampai=${to}'/>">
                            <fmt:message key="report.voidReason" var="reasonLabel"/>
                            <input name="reason" maxlength="255" required placeholder="<c:out value='${reasonLabel}'/>" aria-label="<c:out value='${reasonLabel}'/>">
                            <button class="btn btn-small btn-danger"><fmt:message key="report.void"/></button>
                        </form>
                    </c:otherwise>
                </c:choose>
            </td>
        </tr>
    </c:forEach>
    <c:if test="${empty report.rows()}"><tr><td colspan="${empty storeChoices ? 7 : 8}" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
    <tfoot><tr>
        <th colspan="${empty storeChoices ? 5 : 6}"><fmt:message key="report.stockIn.totals"><fmt:param value="${report.count()}"/></fmt:message></th>
        <th class="num money" id="report-total-cost"><c:out value="${cermin:rupiah(report.totalCost())}"/></th>
        <th></th>
    </tr></tfoot>
</table>
</div>
<script src="<c:url value='/static/js/print.js'/>"></script>
</t:layout>
